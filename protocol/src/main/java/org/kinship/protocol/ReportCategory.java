package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why something was reported. */
public enum ReportCategory implements WireEnum {
    @JsonProperty("harassment") HARASSMENT,
    @JsonProperty("hate") HATE,
    @JsonProperty("private_information") PRIVATE_INFORMATION,
    @JsonProperty("selling_or_promoting_substances") SELLING_OR_PROMOTING_SUBSTANCES,
    @JsonProperty("safety_concern") SAFETY_CONCERN,
    @JsonProperty("spam") SPAM,
    @JsonProperty("other") OTHER;

    public static ReportCategory fromWireName(String name) {
        return WireEnum.fromWireName(ReportCategory.class, name);
    }
}
