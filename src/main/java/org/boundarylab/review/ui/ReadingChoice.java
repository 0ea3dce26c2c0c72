package org.boundarylab.review.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import org.boundarylab.vignette.Characteristic;

/** The four characteristics as cards to tick for what a reasoning describes; none ticked is "none of the four". */
final class ReadingChoice extends CheckboxGroup<Characteristic> {

    ReadingChoice() {
        super("What the reasoning describes");
        setItems(Characteristic.values());
        setItemLabelGenerator(c -> c.label() + ": " + c.reminder());
        setHelperText("Tick what the words describe, whatever the trainee marked; tick none for none of the four.");
        addClassNames("key-cards", "reading-choice");
    }
}
