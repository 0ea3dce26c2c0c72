package org.boundarylab;

import org.boundarylab.cli.ReportCommand;
import org.boundarylab.cli.ScoreCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boundary Lab: the web application, or with {@code score ...} the headless scorer, which runs
 * the same rule base with no server and no database.
 */
@SpringBootApplication
public class BoundaryLabApplication {

    public static void main(String[] args) {
        if (args.length > 0 && ScoreCommand.NAME.equals(args[0])) {
            System.exit(ScoreCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && org.boundarylab.cli.RestoreCommand.NAME.equals(args[0])) {
            System.exit(org.boundarylab.cli.RestoreCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && ReportCommand.NAME.equals(args[0])) {
            System.exit(ReportCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && org.boundarylab.cli.ExportCommand.NAME.equals(args[0])) {
            System.exit(org.boundarylab.cli.ExportCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(BoundaryLabApplication.class, args);
    }
}
