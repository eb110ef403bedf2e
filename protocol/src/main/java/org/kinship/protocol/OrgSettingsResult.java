package org.kinship.protocol;

/** Reply to {@link GetOrgSettings} and {@link SetOrgSettings}. */
public record OrgSettingsResult(
        OrgSettings settings // the settings in force
) implements Result {
}
