package org.boundarylab.vignette.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * Downloads another feature offers on a case's card in the library, for staff (the question-bank
 * export's "Download for Moodle"), so the library needs no dependency on that feature.
 */
@NamedInterface("ui")
public interface CaseCardDownloads {

    List<Component> forCase(String vignetteId, String title);
}
