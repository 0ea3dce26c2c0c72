package org.boundarylab.operations;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A backup zip as H2's SCRIPT writes it: one entry, script.sql, UTF-8. Its expansion is bounded
 * by bytes actually inflated (a zip's declared sizes can lie), so a small zip that inflates to
 * gigabytes is refused once it passes the limit, whatever its header says.
 */
final class BackupArchive implements AutoCloseable {

    static final String ENTRY = "script.sql";
    private final ZipFile zip;
    private final ZipEntry entry;
    private final long maxBytes;
    private final String shownAs;

    BackupArchive(Path file, long maxBytes, String shownAs) throws IOException {
        this.maxBytes = maxBytes;
        this.shownAs = shownAs;
        try {
            this.zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new RefusedBackup(shownAs + ": refused: not a zip file; nothing was restored");
        }
        ZipEntry only = zip.getEntry(ENTRY);
        int entries = zip.size();
        if (entries != 1 || only == null || only.isDirectory()) {
            zip.close();
            throw new RefusedBackup(shownAs + ": refused: it holds " + entries + " entries; a backup holds one, "
                    + ENTRY + "; nothing was restored");
        }
        this.entry = only;
        if (entry.getSize() > maxBytes) {
            zip.close();
            throw tooLarge();
        }
    }

    /** script.sql, decoded strictly as UTF-8 (a CharacterCodingException otherwise), cut off past the limit. */
    Reader script() throws IOException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(new Capped(zip.getInputStream(entry)), decoder), 1 << 16);
    }

    private RefusedBackup tooLarge() {
        return new RefusedBackup(shownAs + ": refused: " + ENTRY + " expands past the limit of " + megabytes(maxBytes)
                + " MB (--max-script-mb); nothing was restored");
    }

    private static long megabytes(long bytes) {
        return Math.max(1, bytes >> 20);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Counts inflated bytes and stops at the limit. */
    private final class Capped extends FilterInputStream {

        private long count;

        Capped(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws RefusedBackup {
            count += n;
            if (count > maxBytes) {
                throw tooLarge();
            }
        }
    }
}
