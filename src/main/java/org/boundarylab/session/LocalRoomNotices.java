package org.boundarylab.session;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** One node: a notice goes straight to this JVM's screens, after the change's transaction commits. */
final class LocalRoomNotices implements RoomNotices {

    private Receiver receiver;

    @Override
    public void start(Receiver receiver) {
        this.receiver = receiver;
    }

    @Override
    public void send(SessionEvents.Event change) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    receiver.changed(change);
                }
            });
        } else {
            receiver.changed(change);
        }
    }
}
