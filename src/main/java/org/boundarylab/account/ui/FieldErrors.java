package org.boundarylab.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.boundarylab.account.AccountException;

/**
 * Puts each of a refusal's problems beside the field it names ("Password: ..." on the password
 * field), all at once; the first such field takes the focus. A field's error clears as it is edited.
 */
final class FieldErrors {

    private final Map<String, ? extends HasValidation> fields;

    FieldErrors(Map<String, ? extends HasValidation> fields) {
        this.fields = fields;
        fields.values().forEach(f -> {
            if (f instanceof HasValue<?, ?> v) {
                v.addValueChangeListener(e -> f.setInvalid(false));
            }
        });
    }

    void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /** Shows the problems on their fields; returns those that name no field of this form. */
    List<String> show(List<String> problems) {
        List<String> rest = new ArrayList<>();
        HasValidation first = null;
        for (String problem : problems) {
            HasValidation field = fields.get(AccountException.fieldOf(problem));
            if (field == null) {
                rest.add(problem);
                continue;
            }
            field.setErrorMessage(AccountException.adviceOf(problem));
            field.setInvalid(true);
            if (first == null) {
                first = field;
            }
        }
        if (first instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
        return rest;
    }
}
