package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The stable error codes. Clients branch on the code; the message beside it is for people.
 * Codes are never renamed or reused; PROTOCOL.md has one row per code (a test keeps them in step).
 */
public enum ErrorCode {
    MALFORMED_JSON("The message is not a valid JSON object."),
    UNKNOWN_TYPE("The message type is not known."),
    INVALID_REQUEST("A field is missing or has the wrong form."),
    UNSUPPORTED_FRAME("Only text frames carrying JSON are accepted."),
    UNAUTHENTICATED("Please sign in first."),
    FORBIDDEN("You are not allowed to do that."),
    ORIGIN_NOT_ALLOWED("This page's origin is not allowed to connect."),
    NOT_FOUND("That does not exist."),
    NOT_A_MEMBER("Join the room first."),
    BODY_EMPTY("A message needs some text."),
    BODY_TOO_LONG("The message is too long."),
    NOT_YOUR_MESSAGE("You can only change your own messages."),
    MESSAGE_DELETED("That message was deleted."),
    MUTED("You are muted in this room for now, so you can read but not post."),
    BANNED("You cannot join this room at the moment."),
    ROOM_LOCKED("This room is read-only for now; a leader can open it again."),
    ROOM_ARCHIVED("This room is archived: it can be read but not changed."),
    SLOW_MODE("This room is in slow mode; please wait a little before your next message."),
    GUIDELINES_NOT_ACCEPTED("Please read and accept the room's guidelines before posting."),
    OUT_OF_RANGE("A value is outside the range it allows."),
    DIRECT_MESSAGES_OFF("This organisation keeps contact between participants inside the groups."),
    PERSON_UNREACHABLE("You cannot message this person."),
    NO_COACH("You have no coach at the moment; you can ask for one."),
    ALREADY_HAS_COACH("This person already has a coach."),
    CASELOAD_FULL("That caseload is full."),
    BLOCKED_WORD("The message was not sent: it contains a word this organisation asks people not to use."),
    INVALID_HANDLE("A handle is 3 to 32 letters, digits, dots, dashes or underscores."),
    HANDLE_TAKEN("That handle is taken; please choose another."),
    PASSWORD_TOO_SHORT("A password needs at least 10 characters."),
    PASSWORD_TOO_LONG("A password can be at most 72 bytes; please choose a shorter one."),
    INVALID_CREDENTIALS("Handle or password is not right."),
    INVALID_INVITE("That invite code is not valid, already used, or expired."),
    INVALID_SETUP_CODE("That setup code is not right."),
    INVALID_RESET_CODE("That reset code is not valid, already used, or expired; ask an admin for a new one."),
    SETUP_ALREADY_DONE("The first admin is already set up; please sign in."),
    RATE_LIMITED("Too many requests; please wait a moment."),
    BUSY("The server is busy; please try again shortly."),
    SHUTTING_DOWN("The server is restarting; please try again shortly."),
    STORAGE_UNAVAILABLE("The server could not save that just now, so nothing was stored; please try again shortly."),
    INTERNAL_ERROR("Something went wrong on the server; nothing was changed.");

    private final String defaultMessage;

    ErrorCode(String defaultMessage) {
        this.defaultMessage = defaultMessage;
    }

    /** The snake_case name on the wire, e.g. {@code not_a_member}. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A plain-words explanation suitable to show a person. */
    public String defaultMessage() {
        return defaultMessage;
    }
}
