package org.boundarylab.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.boundarylab.judgment.FeedbackItem;

/** The feedback messages of a judgment, one paragraph each, with their codes for tests and styles. */
final class FeedbackList extends Div {

    FeedbackList(List<FeedbackItem> feedback) {
        addClassName("review-feedback");
        for (FeedbackItem item : feedback) {
            Paragraph p = new Paragraph(item.message());
            p.getElement().setAttribute("data-code", item.code());
            add(p);
        }
    }
}
