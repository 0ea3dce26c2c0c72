package org.boundarylab.export;

import org.boundarylab.account.Role;
import org.boundarylab.judgment.FeedbackMessages;
import org.boundarylab.vignette.VignetteCatalog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The newest version of a case as a Moodle question bank, for staff (the library's "Download for Moodle"). */
@Service
@PreAuthorize(Role.STAFF)
public class CaseExports {

    private final VignetteCatalog catalog;
    private final FeedbackMessages messages;

    CaseExports(VignetteCatalog catalog, FeedbackMessages messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    public CaseExport.ExportedCase export(String vignetteId, CaseExport.Format format) {
        var v = catalog.latest(vignetteId)
                .orElseThrow(() -> new IllegalArgumentException("There is no case called '" + vignetteId + "'."));
        return CaseExport.export(v.vignette(), messages, format);
    }
}
