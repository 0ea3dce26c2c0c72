package org.boundarylab.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Output held back until the input is known to be valid, so that bad input leaves standard output
 * empty while scoring still runs alongside reading: kept in memory up to a few megabytes, then in a
 * temporary file (a cohort's report can be hundreds of megabytes, which the heap should not hold).
 * {@link #release} sends what is held to the real target and lets later writes through.
 * Safe for one writing thread and one releasing thread.
 */
final class HeldOutput extends OutputStream {

    private static final int IN_MEMORY = 8 << 20;

    private final int inMemory;
    private final ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private OutputStream fileOut;
    private OutputStream target;

    HeldOutput() {
        this(IN_MEMORY);
    }

    /** Holds up to {@code inMemory} bytes in memory, the rest in a temporary file. */
    HeldOutput(int inMemory) {
        this.inMemory = inMemory;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        if (target != null) {
            target.write(bytes, offset, length);
        } else if (fileOut == null && memory.size() + length <= inMemory) {
            memory.write(bytes, offset, length);
        } else {
            spill().write(bytes, offset, length);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (target != null) {
            target.flush();
        }
    }

    /** Writes everything held to {@code out}; whatever is written afterwards goes straight there. */
    synchronized void release(OutputStream out) throws IOException {
        memory.writeTo(out);
        memory.reset();
        if (fileOut != null) {
            fileOut.close();
            fileOut = null;
            Files.copy(file, out);
            deleteFile();
        }
        target = out;
    }

    /** Drops what is held (the input was refused, or is being read again); the target is not closed. */
    @Override
    public synchronized void close() throws IOException {
        memory.reset();
        if (fileOut != null) {
            fileOut.close();
            fileOut = null;
        }
        deleteFile();
    }

    private OutputStream spill() throws IOException {
        if (fileOut == null) {
            file = Files.createTempFile("boundary-lab-score-", ".json");
            file.toFile().deleteOnExit();
            fileOut = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            memory.writeTo(fileOut);
            memory.reset();
        }
        return fileOut;
    }

    /** The temporary file now holding the output, if it outgrew memory (for tests). */
    Path spillFile() {
        return file;
    }

    private void deleteFile() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
            file = null;
        }
    }
}
