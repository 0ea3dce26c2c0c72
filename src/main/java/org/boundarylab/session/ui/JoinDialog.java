package org.boundarylab.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The join screen for the room, full screen: the address to open, the code in very large type, and
 * a QR code (drawn on the server) that opens the join page with the code filled in.
 */
class JoinDialog extends Dialog {

    final Span address = new Span();
    final Span code = new Span();
    final Image qr;
    final String joinUrl;

    JoinDialog(String sessionName, String joinCode, String base) {
        addClassName("code-dialog");
        setId("join-dialog");
        setSizeFull();
        setHeaderTitle("Join \u201C" + sessionName + "\u201D");
        joinUrl = JoinAddress.joinUrl(base, joinCode);
        address.setText(JoinAddress.joinPage(base));
        address.addClassName("join-address");
        address.setId("join-address");
        code.setText(joinCode);
        code.addClassName("join-code-huge");
        code.setId("join-code-huge");
        Paragraph open = new Paragraph(new Span("1. Open "), address);
        open.addClassName("join-step");
        Paragraph type = new Paragraph("2. Sign in and type the code");
        type.addClassName("join-step");
        Div steps = new Div(open, type, code);
        steps.addClassName("join-steps");
        if (JoinAddress.onlyThisComputer(base)) {
            Paragraph local =
                    new Paragraph("This address works only on this computer. Open Boundary Lab by its network "
                            + "name, or set boundarylab.public-url, so the room's phones and laptops can reach it.");
            local.addClassName("join-local-warning");
            steps.add(local);
        }
        qr = new Image(JoinQr.dataUrl(joinUrl), "QR code that opens " + joinUrl);
        qr.addClassName("join-qr-image");
        qr.setId("join-qr");
        Paragraph scan = new Paragraph("Or scan this: it opens the page with the code filled in.");
        scan.addClassName("join-qr-caption");
        Div qrBox = new Div(qr, scan);
        qrBox.addClassName("join-qr");
        Div screen = new Div(steps, qrBox);
        screen.addClassName("join-screen");
        add(screen);
        Button close = new Button("Close", e -> close());
        close.setId("close-join-dialog");
        getFooter().add(close);
    }
}
