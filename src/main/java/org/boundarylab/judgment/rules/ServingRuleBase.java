package org.boundarylab.judgment.rules;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A rule base in service, with a count of the classifications still using it. A reload retires the
 * old one, and the last classification to finish with it disposes it: disposing while another
 * thread holds a session from its pool would fail that judgment ("session pool was previously
 * disposed").
 */
final class ServingRuleBase {

    private final RuleBase rules;
    /** The classifier's own hold (1 while current) plus one per classification in flight; 0 = disposed. */
    private final AtomicInteger holds = new AtomicInteger(1);

    ServingRuleBase(RuleBase rules) {
        this.rules = rules;
    }

    RuleBase rules() {
        return rules;
    }

    /** Takes a hold for one classification; false once the rule base is retired and idle (disposed). */
    boolean acquire() {
        while (true) {
            int n = holds.get();
            if (n == 0) {
                return false;
            }
            if (holds.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    void release() {
        if (holds.decrementAndGet() == 0) {
            rules.dispose();
        }
    }

    /** Drops the classifier's own hold: disposed now if idle, else when the last classification ends. */
    void retire() {
        release();
    }
}
