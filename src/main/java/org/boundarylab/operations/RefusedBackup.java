package org.boundarylab.operations;

import java.io.IOException;

/**
 * A backup that restore will not load: the message names the file (and the line of script.sql
 * where there is one) and is the one line the operator sees. An {@link IOException}, so it passes
 * through the readers that find it.
 */
public class RefusedBackup extends IOException {

    public RefusedBackup(String message) {
        super(message);
    }
}
