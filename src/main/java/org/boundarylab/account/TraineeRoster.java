package org.boundarylab.account;

/**
 * Which trainees are in a supervisor's sessions (joined one, or picked for its cohort). The
 * sessions feature answers; accounts ask, so a supervisor manages only their own trainees.
 */
public interface TraineeRoster {

    boolean inSessionsOf(long supervisorId, long traineeId);

    java.util.Set<Long> traineesInSessionsOf(long supervisorId);
}
