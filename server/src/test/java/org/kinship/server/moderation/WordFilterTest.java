package org.kinship.server.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kinship.protocol.WordAction;
import org.kinship.protocol.WordRule;

class WordFilterTest {
    private static WordRule block(String word) {
        return new WordRule(word, WordAction.BLOCK);
    }

    private static WordRule flag(String word) {
        return new WordRule(word, WordAction.FLAG);
    }

    private static WordFilter with(WordRule... rules) {
        WordFilter filter = new WordFilter();
        filter.replace(List.of(rules));
        return filter;
    }

    @Test
    void wordsMatchWholeAndIgnoringCaseInAnyScript() {
        WordFilter filter = with(flag("pill"), flag("ÉCHEC"), flag("end it all"), flag("k2"));
        assertEquals(Optional.of(flag("pill")), filter.firstHit("One PILL, then another"));
        assertEquals(Optional.empty(), filter.firstHit("spills and pills2 and pillow"));
        assertEquals(Optional.of(flag("ÉCHEC")), filter.firstHit("un échec, pas la fin"));
        assertEquals(Optional.empty(), filter.firstHit("échecs"));
        assertEquals(Optional.of(flag("end it all")), filter.firstHit("I want to End It All."));
        assertEquals(Optional.empty(), filter.firstHit("I want to end it alltogether"));
        assertEquals(Optional.empty(), filter.firstHit("k23 is not xk2 either"));
        assertEquals(Optional.of(flag("k2")), filter.firstHit("climbing K2, slowly"));
    }

    @Test
    void blockingRulesWinThenTheListsOrderNotThePlaceInTheText() {
        WordFilter filter = with(flag("first"), flag("second"), block("third"), block("fourth"));
        assertEquals(Optional.of(block("third")), filter.firstHit("fourth second third first"));
        assertEquals(Optional.of(flag("first")), filter.firstHit("second, then first"));
        assertEquals(Optional.of(block("fourth")), filter.firstHit("first fourth"));
    }

    @Test
    void wordsAreLiteralEvenWithRegexCharactersOrAQuoteEnd() {
        WordFilter filter = with(flag("a.b"), flag("x\\Ey"), flag("(c|d)"), flag("c++"));
        assertEquals(Optional.empty(), filter.firstHit("axb and c or d"));
        assertEquals(Optional.of(flag("a.b")), filter.firstHit("see a.b here"));
        assertEquals(Optional.of(flag("x\\Ey")), filter.firstHit("quote x\\Ey ends"));
        assertEquals(Optional.of(flag("(c|d)")), filter.firstHit("pick (c|d) now"));
        assertEquals(Optional.of(flag("c++")), filter.firstHit("I write c++ daily"));
    }

    @Test
    void aLongListFindsTheOneWordThatIsThereAndNothingInCleanText() {
        List<WordRule> rules = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rules.add(i % 2 == 0 ? flag("phrase number " + i) : block("word" + i));
        }
        WordFilter filter = new WordFilter();
        filter.replace(rules);
        assertEquals(Optional.empty(), filter.firstHit("I made it to the meeting today, thank you all for being here."));
        assertEquals(Optional.of(flag("phrase number 398")), filter.firstHit("this is phrase number 398 of many"));
        assertEquals(Optional.of(block("word377")), filter.firstHit("phrase number 2 and word377"));
        assertEquals(Optional.empty(), filter.firstHit("word3770 and phrase number 3980"));
        assertEquals(500, filter.rules().size());
    }

    @Test
    void replacingTheListSwapsItWholeAndAnEmptyListMatchesNothing() {
        WordFilter filter = with(block("old"));
        filter.replace(List.of(flag("new")));
        assertEquals(Optional.empty(), filter.firstHit("old news"));
        assertEquals(Optional.of(flag("new")), filter.firstHit("new news"));
        filter.replace(List.of());
        assertEquals(Optional.empty(), filter.firstHit("new news"));
        assertTrue(filter.rules().isEmpty());
    }
}
