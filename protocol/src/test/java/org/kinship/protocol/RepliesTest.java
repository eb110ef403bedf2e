package org.kinship.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Replies are built by named constructors, so every reply has the same shape. */
class RepliesTest {

    @Test
    void okEchoesTheIdAndCarriesNoResultWhenThereIsNone() {
        Ok ok = Replies.ok("11");
        assertEquals("11", ok.id());
        assertNull(ok.result());
    }

    @Test
    void okCarriesItsResult() {
        RoomsResult rooms = new RoomsResult(List.of());
        assertEquals(new Ok("1", rooms), Replies.ok("1", rooms));
    }

    @Test
    void errorUsesTheCodesDefaultMessage() {
        ErrorReply error = Replies.error("21", ErrorCode.NOT_A_MEMBER);
        assertEquals(new ErrorReply("21", ErrorCode.NOT_A_MEMBER, "Join the room first.", null), error);
    }

    @Test
    void errorMayCarryAMoreSpecificMessage() {
        ErrorReply error = Replies.error("4", ErrorCode.INVALID_REQUEST, "limit must be between 1 and 100.");
        assertEquals("limit must be between 1 and 100.", error.message());
        assertNull(error.retryAfterMs());
    }

    @Test
    void errorForAnUnreadableFrameHasNoId() {
        assertNull(Replies.error(null, ErrorCode.MALFORMED_JSON).id());
    }

    @Test
    void retryLaterCarriesTheWait() {
        ErrorReply error = Replies.retryLater("8", ErrorCode.RATE_LIMITED, 1500);
        assertEquals(new ErrorReply("8", ErrorCode.RATE_LIMITED, ErrorCode.RATE_LIMITED.defaultMessage(), 1500L), error);
    }
}
