package io.followthrough.review.importing;

import io.followthrough.review.importing.SeedLetter.Block;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
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
