package io.followthrough.review.importing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Text files arrive in whatever encoding the author's editor used. */
class TextEncodingTest {

    private static final String AREA = "Identify ways of systematically measuring the effectiveness of Pupil Premium "
            + "Plus (PPP). You do this well at an individual level – but you would benefit from looking at evidence of "
            + "impact and outcomes over time and across the cohort to inform future decisions about best use of PPP";

    static Stream<Arguments> encodings() {
        String letter = SeedLetter.markdown();
        return Stream.of(
                Arguments.of("UTF-8", encode(letter, StandardCharsets.UTF_8)),
                Arguments.of("UTF-8 with a byte order mark", withMark(letter, StandardCharsets.UTF_8)),
                Arguments.of("UTF-16 little-endian with a byte order mark", withMark(letter, StandardCharsets.UTF_16LE)),
                Arguments.of("UTF-16 big-endian with a byte order mark", withMark(letter, StandardCharsets.UTF_16BE)),
                Arguments.of("UTF-16 little-endian without a byte order mark", encode(letter, StandardCharsets.UTF_16LE)),
                Arguments.of("Windows-1252", encode(letter, Charset.forName("windows-1252"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void readsTheLetterWithItsDashesWhateverTheEncoding(String encoding, byte[] content) {
        ReviewDraft draft = TestImportConfig.standardImporter().draft("letter.txt", content);
        assertEquals(AREA, draft.themes().get(0).findings().get(4).text());
        assertEquals("Virtual School Peer Challenge (Pilot): Nottinghamshire, June 2017", draft.metadata().title());
        assertEquals("June 2017", draft.lines().get(0).text());
    }

    private static byte[] encode(String text, Charset charset) {
        return text.getBytes(charset);
    }

    private static byte[] withMark(String text, Charset charset) {
        return ("\uFEFF" + text).getBytes(charset);
    }
}
