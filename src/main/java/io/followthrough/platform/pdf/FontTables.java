package io.followthrough.platform.pdf;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes a font's glyph substitution table (GSUB) before it is embedded. PDFBox applies that table's ligatures when
 * it writes text, so "fi" and "ff" become single glyphs whose text is U+FB01 and U+FB00: a PDF search for
 * "Confidential" then fails and some screen readers stumble. Without the table every letter is its own glyph and
 * extracts as itself. DejaVu Sans has precomposed glyphs for the letters English and other European languages use,
 * so nothing else is lost.
 */
final class FontTables {

    private static final String SUBSTITUTIONS = "GSUB";
    private static final int HEADER = 12;
    private static final int RECORD = 16;

    private FontTables() {
    }

    static byte[] withoutGlyphSubstitution(byte[] font) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int version = in.getInt(0);
        int tables = Short.toUnsignedInt(in.getShort(4));
        List<int[]> kept = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < tables; i++) {
            int at = HEADER + i * RECORD;
            String tag = new String(font, at, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (!tag.equals(SUBSTITUTIONS)) {
                tags.add(tag);
                kept.add(new int[] {at, in.getInt(at + 4), in.getInt(at + 8), in.getInt(at + 12)});
            }
        }
        if (kept.size() == tables) {
            return font;
        }
        int count = kept.size();
        int size = HEADER + count * RECORD;
        for (int[] table : kept) {
            size += padded(table[3]);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(count);
        out.putInt(version);
        out.putShort((short) count);
        out.putShort((short) (power * RECORD));
        out.putShort((short) (31 - Integer.numberOfLeadingZeros(power)));
        out.putShort((short) (count * RECORD - power * RECORD));
        int offset = HEADER + count * RECORD;
        int headOffset = -1;
        for (int i = 0; i < count; i++) {
            int[] table = kept.get(i);
            out.put(font, table[0], 4);
            out.putInt(table[1]);
            out.putInt(offset);
            out.putInt(table[3]);
            out.put(offset, font, table[2], table[3]);
            if (tags.get(i).equals("head")) {
                headOffset = offset;
            }
            offset += padded(table[3]);
        }
        if (headOffset >= 0) {
            // The whole-font checksum lives in "head": zero it, sum the font, store what makes the sum 0xB1B0AFBA.
            out.putInt(headOffset + 8, 0);
            int sum = 0;
            for (int i = 0; i < size; i += 4) {
                sum += out.getInt(i);
            }
            out.putInt(headOffset + 8, 0xB1B0AFBA - sum);
        }
        return out.array();
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }
}
