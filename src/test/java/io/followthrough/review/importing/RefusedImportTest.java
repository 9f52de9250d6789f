package io.followthrough.review.importing;

import io.followthrough.review.importing.ImportRefusedException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files that cannot become a draft are refused with a message that says what to do, never with a crash. */
class RefusedImportTest {

    private final ReviewImporter importer = TestImportConfig.standardImporter();

    @Test
    void refusesAnEmptyFile() {
        ImportRefusedException refused = refusal(() -> importer.draft("letter.pdf", new byte[0]));
        assertRefused(refused, Reason.EMPTY, "The file is empty");
    }

    @Test
    void refusesATextFileWithNothingInIt() {
        ImportRefusedException refused = refusal(() -> importer.draft("letter.txt",
                " \r\n\r\n\t \n".getBytes(StandardCharsets.UTF_8)));
        assertRefused(refused, Reason.EMPTY, "has no text");
    }

    @Test
    void refusesAFileOverTheSizeLimitSayingWhatTheLimitIs() {
        ReviewImporter smallLimit = TestImportConfig.importer(1024 * 1024, Duration.ofSeconds(30));
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        Arrays.fill(twoMegabytes, (byte) 'a');
        ImportRefusedException refused = refusal(() -> smallLimit.draft("letter.txt", twoMegabytes));
        assertRefused(refused, Reason.TOO_LARGE, "The file is 2 MB; the largest file that can be imported is 1 MB.");
    }

    @Test
    void acceptsAFileAtTheSizeLimitAndRefusesOneByteMore() {
        byte[] letter = SeedLetter.markdownBytes();
        ReviewImporter exactLimit = TestImportConfig.importer(letter.length, Duration.ofSeconds(30));
        assertEquals(6, exactLimit.draft("letter.md", letter).themes().size());
        assertRefused(refusal(() -> TestImportConfig.importer(letter.length - 1, Duration.ofSeconds(30))
                .draft("letter.md", letter)), Reason.TOO_LARGE, "largest file");
    }

    @Test
    void refusesAKindOfFileItDoesNotReadWhateverItIsCalled() {
        byte[] picture = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertRefused(refusal(() -> importer.draft("letter.pdf", picture)), Reason.UNSUPPORTED_TYPE,
                "The file is a picture, not a document.");
        assertRefused(refusal(() -> importer.draft("letter.bin", randomBytes(4096))), Reason.UNSUPPORTED_TYPE,
                "We do not recognise this kind of file. Upload the review as a Word document (.docx), a PDF, or a "
                        + "text file (.txt or .md).");
    }

    @Test
    void refusesBinaryGarbageNamedAsText() {
        ImportRefusedException refused = refusal(() -> importer.draft("letter.txt", randomBytes(8192)));
        assertRefused(refused, Reason.UNSUPPORTED_TYPE, "named as text but does not contain readable text");
    }

    @Test
    void refusesAnOldWordDocumentOrProtectedOfficeFile() {
        byte[] oldWord = Arrays.copyOf(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                (byte) 0xB1, 0x1A, (byte) 0xE1}, 1024);
        assertRefused(refusal(() -> importer.draft("letter.docx", oldWord)), Reason.UNSUPPORTED_TYPE,
                "Save it from Word as .docx without a password");
    }

    @Test
    void refusesAPdfThatIsNotReallyAPdf() {
        byte[] corrupt = ("%PDF-1.7\n" + "this is not a PDF body ".repeat(50)).getBytes(StandardCharsets.US_ASCII);
        assertRefused(refusal(() -> importer.draft("letter.pdf", corrupt)), Reason.UNREADABLE, "PDF");
    }

    @Test
    void refusesAPdfCutShort() {
        byte[] pdf = PdfDocuments.seedLetter();
        byte[] truncated = Arrays.copyOf(pdf, 600);
        assertRefused(refusal(() -> importer.draft("letter.pdf", truncated)), Reason.UNREADABLE, "PDF");
    }

    @Test
    void refusesAPasswordProtectedPdf() {
        byte[] locked = PdfDocuments.seedLetterWithPassword("secret");
        assertRefused(refusal(() -> importer.draft("letter.pdf", locked)), Reason.PASSWORD_PROTECTED,
                "The PDF is protected by a password. Save a copy without the password");
    }

    @Test
    void refusesAWordDocumentWithDamagedContent() throws IOException {
        byte[] damaged = zip("word/document.xml", "<w:document><w:body><w:p>unclosed".getBytes(StandardCharsets.UTF_8));
        assertRefused(refusal(() -> importer.draft("letter.docx", damaged)), Reason.UNREADABLE,
                "The Word document could not be read");
    }

    @Test
    void refusesAWordDocumentCutShort() {
        byte[] docx = WordDocuments.seedLetter();
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
        assertRefused(refusal(() -> importer.draft("letter.docx", truncated)), Reason.UNREADABLE,
                "save it again as .docx");
    }

    @Test
    void refusesAWordDocumentThatUnpacksToFarMoreThanALetter() throws IOException {
        byte[] spaces = new byte[50 * 1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        byte[] bomb = zip("word/document.xml", spaces);
        assertTrue(bomb.length < 100 * 1024, "the bomb itself is small");
        ImportRefusedException refused = refusal(() -> importer.draft("letter.docx", bomb));
        assertRefused(refused, Reason.UNREADABLE, "unpacks to far more than a review letter would");
    }

    @Test
    void refusesADocumentThatTakesLongerThanTheTimeLimit() {
        ReviewImporter impatient = TestImportConfig.importer(TestImportConfig.DEFAULT_MAX_BYTES, Duration.ofMillis(1));
        byte[] pdf = PdfDocuments.seedLetter();
        ImportRefusedException refused = refusal(() -> impatient.draft("letter.pdf", pdf));
        assertRefused(refused, Reason.TOO_SLOW, "took too long to read");
    }

    @Test
    void refusesAZipThatIsNotAWordDocument() throws IOException {
        byte[] spreadsheet = zip("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8));
        assertRefused(refusal(() -> importer.draft("letter.docx", spreadsheet)), Reason.UNSUPPORTED_TYPE,
                "zip archive, not a Word document");
    }

    private static ImportRefusedException refusal(Executable importing) {
        return assertThrows(ImportRefusedException.class, importing);
    }

    private static void assertRefused(ImportRefusedException refused, Reason reason, String messagePart) {
        assertEquals(reason, refused.reason());
        assertEquals(1, refused.errors().size());
        assertEquals("file", refused.errors().get(0).field());
        String message = refused.errors().get(0).message();
        assertTrue(message.contains(messagePart), message);
        assertFalse(message.matches(".*(Exception|org\\.|java\\.).*"), message);
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(20170607).nextBytes(bytes);
        return bytes;
    }

    private static byte[] zip(String entryName, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(content);
        }
        return out.toByteArray();
    }
}
