package org.boundarylab;

import org.boundarylab.cli.BoundaryLabCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boundary Lab: the web application, or with a command ({@code score}, {@code report},
 * {@code restore}, {@code export}, {@code --help}) the command line, which runs without the server.
 */
@SpringBootApplication
public class BoundaryLabApplication {

    public static void main(String[] args) {
        if (BoundaryLabCli.handles(args)) {
            System.exit(BoundaryLabCli.run(args, System.out, System.err));
        }
        SpringApplication.run(BoundaryLabApplication.class, args);
    }
}
