package io.followthrough.review.importing;

import io.followthrough.review.importing.SeedLetter.Block;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/** Word documents written the way people write them: heading styles, and bullets and numbers from Word's lists. */
final class WordDocuments {

    private final XWPFDocument document = new XWPFDocument();

    private WordDocuments() {
        XWPFStyles styles = document.createStyles();
        addStyle(styles, "Title", "Title");
        for (int level = 1; level <= 3; level++) {
            addStyle(styles, "Heading" + level, "heading " + level);
        }
    }

    /** The seed letter with a running header, heading styles for its sections, themes and kinds, and list bullets. */
    static byte[] seedLetter() {
        WordDocuments word = new WordDocuments();
        word.document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun()
                .setText("NAVSH Peer Challenge: Nottinghamshire");
        BigInteger bullets = word.list(STNumberFormat.BULLET, "•", "◦");
        for (Block block : SeedLetter.blocks()) {
            switch (block.style()) {
                case TITLE -> word.paragraph(block.text(), "Title");
                case SECTION -> word.paragraph(block.text(), "Heading1");
                case THEME -> word.paragraph(block.text(), "Heading2");
                case KIND -> word.paragraph(block.text(), "Heading3");
                case PARAGRAPH -> word.paragraph(block.text(), null);
                case BULLET -> word.listItem(block.text(), bullets, block.level());
            }
        }
        return word.bytes();
    }

    /**
     * The seed letter as Word writes it when the author uses the bullet button: list paragraphs numbered by
     * {@code numPr} with {@code ilvl} 0 and 1, Symbol-font bullets with hanging indents, heading styles.
     */
    static byte[] seedLetterWithListNumbering() {
        WordDocuments word = new WordDocuments();
        word.addStyle("ListParagraph", "List Paragraph", null, null);
        BigInteger bullets = word.wordBulletList();
        for (Block block : SeedLetter.blocks()) {
            switch (block.style()) {
                case TITLE -> word.paragraph(block.text(), "Title");
                case SECTION -> word.paragraph(block.text(), "Heading1");
                case THEME -> word.paragraph(block.text(), "Heading2");
                case KIND -> word.paragraph(block.text(), "Heading3");
                case PARAGRAPH -> word.paragraph(block.text(), null);
                case BULLET -> {
                    XWPFParagraph item = word.styledParagraph(block.text(), "ListParagraph", false);
                    item.setNumID(bullets);
                    item.setNumILvl(BigInteger.valueOf(block.level()));
                }
            }
        }
        return word.bytes();
    }

    /**
     * The seed letter with no heading styles (headings are bold Normal text) and its lists in the "List Bullet" and
     * "List Bullet 2" styles, which carry the numbering themselves: the paragraphs have no {@code numPr} of their own.
     */
    static byte[] seedLetterWithListStyles() {
        WordDocuments word = new WordDocuments();
        BigInteger bullets = word.wordBulletList();
        word.addStyle("ListBullet", "List Bullet", bullets, 0);
        word.addStyle("ListBullet2", "List Bullet 2", bullets, 1);
        for (Block block : SeedLetter.blocks()) {
            switch (block.style()) {
                case TITLE, SECTION, THEME, KIND -> word.styledParagraph(block.text(), null, true);
                case PARAGRAPH -> word.paragraph(block.text(), null);
                case BULLET -> word.styledParagraph(block.text(), block.level() == 0 ? "ListBullet" : "ListBullet2",
                        false);
            }
        }
        return word.bytes();
    }

    /**
     * The seed letter as it arrives pasted from an e-mail: no styles at all, bullets typed as "•" or "o" and a tab,
     * with the indents that make them look like a list.
     */
    static byte[] seedLetterWithTypedBullets() {
        WordDocuments word = new WordDocuments();
        for (Block block : SeedLetter.blocks()) {
            switch (block.style()) {
                case TITLE, SECTION, THEME, KIND -> word.styledParagraph(block.text(), null, true);
                case PARAGRAPH -> word.paragraph(block.text(), null);
                case BULLET -> {
                    XWPFParagraph item = word.styledParagraph((block.level() == 0 ? "•" : "o") + "\t" + block.text(),
                            null, false);
                    item.setIndentationLeft(720 * (block.level() + 1));
                    item.setIndentationHanging(360);
                }
            }
        }
        return word.bytes();
    }

    /** Headings numbered by Word's multilevel list ("3." and "3.1") rather than typed numbers. */
    static byte[] numberedHeadings(List<String> sections, String findingsSection, List<String> themes,
                                   List<String> strengths) {
        WordDocuments word = new WordDocuments();
        BigInteger headings = word.list(STNumberFormat.DECIMAL, "%1.", "%1.%2");
        BigInteger bullets = word.list(STNumberFormat.BULLET, "•", "◦");
        for (String section : sections) {
            word.paragraph("Text about " + section.toLowerCase() + ".", null);
            word.numberedHeading(section, headings, 0, "Heading1");
            word.paragraph("More about " + section.toLowerCase() + ".", null);
        }
        word.numberedHeading(findingsSection, headings, 0, "Heading1");
        for (String theme : themes) {
            word.numberedHeading(theme, headings, 1, "Heading2");
            word.paragraph("Strengths", "Heading3");
            strengths.forEach(s -> word.listItem(s, bullets, 0));
        }
        return word.bytes();
    }

    private void paragraph(String text, String style) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(text);
    }

    private XWPFParagraph styledParagraph(String text, String style, boolean bold) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        String[] parts = text.split("\t", -1);
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                run.addTab();
            }
            run.setText(parts[i], i);
        }
        return paragraph;
    }

    /** A bullet list as Word's bullet button makes it: Symbol U+F0B7 at level 0, Courier New "o" at level 1. */
    private BigInteger wordBulletList() {
        XWPFNumbering numbering = document.getNumbering() != null ? document.getNumbering() : document.createNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size()));
        String[][] levels = {{"\uF0B7", "Symbol"}, {"o", "Courier New"}, {"\uF0A7", "Wingdings"}};
        for (int level = 0; level < levels.length; level++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
            lvl.addNewLvlText().setVal(levels[level][0]);
            CTInd ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(720L * (level + 1)));
            ind.setHanging(BigInteger.valueOf(360));
            CTFonts fonts = lvl.addNewRPr().addNewRFonts();
            fonts.setAscii(levels[level][1]);
            fonts.setHAnsi(levels[level][1]);
        }
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(abstractId);
    }

    private void addStyle(String id, String name, BigInteger numId, Integer level) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (numId != null) {
            CTNumPr numPr = style.addNewPPr().addNewNumPr();
            numPr.addNewNumId().setVal(numId);
            if (level > 0) {
                numPr.addNewIlvl().setVal(BigInteger.valueOf(level));
            }
        }
        document.getStyles().addStyle(new XWPFStyle(style));
    }

    private void numberedHeading(String text, BigInteger list, int level, String style) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        paragraph.setNumID(list);
        paragraph.setNumILvl(BigInteger.valueOf(level));
        paragraph.createRun().setText(text);
    }

    private void listItem(String text, BigInteger list, int level) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setNumID(list);
        paragraph.setNumILvl(BigInteger.valueOf(level));
        paragraph.createRun().setText(text);
    }

    private BigInteger list(STNumberFormat.Enum format, String... levelTexts) {
        XWPFNumbering numbering = document.getNumbering() != null ? document.getNumbering() : document.createNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size()));
        for (int level = 0; level < levelTexts.length; level++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(format);
            lvl.addNewLvlText().setVal(levelTexts[level]);
        }
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(abstractId);
    }

    private static void addStyle(XWPFStyles styles, String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        styles.addStyle(new XWPFStyle(style));
    }

    private byte[] bytes() {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
