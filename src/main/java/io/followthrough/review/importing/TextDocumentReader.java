package io.followthrough.review.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plain text and Markdown: UTF-8, Windows-1252 or UTF-16 (with or without a byte order mark). */
final class TextDocumentReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_LENGTH = 4096;

    private TextDocumentReader() {
    }

    static List<DocumentLine> read(byte[] content) {
        return lines(decode(content).orElseThrow(() -> new ImportRefusedException(ImportRefusedException.Reason.UNSUPPORTED_TYPE,
                "The file does not contain readable text.")));
    }

    /** The text, or empty when the bytes do not decode cleanly as text in any encoding we accept. */
    static Optional<String> decode(byte[] content) {
        String text;
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            text = strictly(StandardCharsets.UTF_8, content, 3);
        } else if (startsWith(content, 0xFF, 0xFE)) {
            text = strictly(StandardCharsets.UTF_16LE, content, 2);
        } else if (startsWith(content, 0xFE, 0xFF)) {
            text = strictly(StandardCharsets.UTF_16BE, content, 2);
        } else {
            Charset utf16 = utf16WithoutByteOrderMark(content);
            if (utf16 != null) {
                text = strictly(utf16, content, 0);
            } else {
                text = strictly(StandardCharsets.UTF_8, content, 0);
                if (text == null) {
                    text = strictly(WINDOWS_1252, content, 0);
                }
            }
        }
        if (text == null || !looksLikeText(text)) {
            return Optional.empty();
        }
        return Optional.of(clean(text));
    }

    static List<DocumentLine> lines(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalised.endsWith("\n")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        boolean paged = normalised.indexOf('\f') >= 0;
        int page = 1;
        List<DocumentLine> lines = new ArrayList<>();
        for (String line : normalised.split("\n", -1)) {
            int breaks = (int) line.chars().filter(c -> c == '\f').count();
            page += breaks;
            String withoutBreaks = breaks > 0 ? line.replaceFirst("^\f+", "").replace('\f', ' ') : line;
            lines.add(new DocumentLine(withoutBreaks, paged ? page : null, 0, false));
        }
        return lines;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String strictly(Charset charset, byte[] content, int offset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Text saved as UTF-16 without a byte order mark has a zero byte in every other place (for Latin text). */
    private static Charset utf16WithoutByteOrderMark(byte[] content) {
        int length = Math.min(content.length, SNIFF_LENGTH) & ~1;
        if (length < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < length; i += 2) {
            if (content[i] == 0) {
                evenZeros++;
            }
            if (content[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = length / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean looksLikeText(String text) {
        long suspicious = text.codePoints().filter(TextDocumentReader::isSuspicious).count();
        return text.indexOf('\0') < 0 && suspicious <= text.length() / 200;
    }

    private static boolean isSuspicious(int c) {
        if (c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || c == 0xFFFD;
    }

    private static String clean(String text) {
        StringBuilder cleaned = new StringBuilder(text.length());
        String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
        withoutMark.codePoints().forEach(c -> cleaned.appendCodePoint(isSuspicious(c) ? ' ' : c));
        return cleaned.toString();
    }
}
