package io.followthrough.review.importing;

import io.followthrough.review.importing.ImportRefusedException.Reason;
import io.quarkus.arc.Unremovable;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns an uploaded review document (PDF, Word .docx, text or Markdown) into a {@link ReviewDraft} for the plan
 * lead to correct. Reads nothing from the database and stores nothing.
 */
@ApplicationScoped
// Kept even where nothing injects it, so the followthrough.import settings always have their mapping.
@Unremovable
public class ReviewImporter {

    private static final Logger LOG = Logger.getLogger(ReviewImporter.class);
    private static final double BYTES_PER_MEGABYTE = 1024.0 * 1024.0;

    private final long maxBytes;
    private final Duration timeLimit;
    private final ReviewTextParser parser = new ReviewTextParser();
    private final ExecutorService readers = Executors.newCachedThreadPool(new ReaderThreads());

    public ReviewImporter(ImportConfig config) {
        this.maxBytes = config.maxSize().asLongValue();
        this.timeLimit = config.timeLimit();
    }

    /**
     * Reads the document into a draft.
     *
     * @param fileName the name it was uploaded with; used only to word messages, the format is read from the content
     * @throws ImportRefusedException with a message a person can act on when the file is empty, too large, of a
     *                                kind we do not read, damaged, protected by a password or too slow to read
     */
    public ReviewDraft draft(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ImportRefusedException(Reason.EMPTY, "The file is empty. Choose the review document again.");
        }
        if (content.length > maxBytes) {
            throw new ImportRefusedException(Reason.TOO_LARGE, "The file is " + megabytes(content.length)
                    + "; the largest file that can be imported is " + megabytes(maxBytes) + ".");
        }
        DocumentFormat format = DocumentFormat.of(fileName, content);
        Future<ReviewDraft> reading = readers.submit(() -> parser.parse(format.read(content)));
        try {
            ReviewDraft draft = reading.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
            if (draft.lines().stream().allMatch(line -> line.text().isBlank())) {
                throw new ImportRefusedException(Reason.EMPTY, "The document has no text. Check it is the review "
                        + "letter or report and choose it again.");
            }
            return draft;
        } catch (TimeoutException e) {
            reading.cancel(true);
            throw new ImportRefusedException(Reason.TOO_SLOW, "The document took too long to read (more than "
                    + timeLimit.toSeconds() + " seconds). Try saving it again as a smaller PDF or as .docx.");
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            throw new ImportRefusedException(Reason.TOO_SLOW, "Reading the document was stopped. Try again.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ImportRefusedException refused) {
                throw refused;
            }
            LOG.warnf(e.getCause(), "Could not read %s document %s", format, fileName);
            throw new ImportRefusedException(Reason.UNREADABLE, "The document could not be read. Try saving it "
                    + "again as .docx or PDF and uploading that.");
        }
    }

    @PreDestroy
    void stop() {
        readers.shutdownNow();
    }

    private static String megabytes(long bytes) {
        double megabytes = bytes / BYTES_PER_MEGABYTE;
        return megabytes == Math.rint(megabytes)
                ? String.format(Locale.UK, "%.0f MB", megabytes)
                : String.format(Locale.UK, "%.1f MB", megabytes);
    }

    /** Daemon threads, so a document stuck in a library that ignores interruption cannot hold up shutdown. */
    private static final class ReaderThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "review-import-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
