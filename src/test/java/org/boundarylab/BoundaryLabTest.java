package org.boundarylab;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on an in-memory database, seeded from seeds/ and ruled by rules/.
 *
 * <p>Every Spring test class shares one database per test JVM, on purpose: the application (with
 * Vaadin and the rule base) takes seconds to start, and Spring reuses one started context for every
 * class with this annotation. The rule that makes sharing safe, kept by every class: a test makes
 * its own users (a username no other class uses), its own attempts, sessions and cases, and asserts
 * only on what it made or on counts it took before and after; nothing deletes or changes what a
 * test did not make (the seeded cases and the rule base stay as loaded). A test that changes the
 * schema for a moment (AttemptServiceTest's refused row) undoes it in {@code finally}. The
 * own-server tests (SignInSecurityTest, TrustedProxyTest, IdleSessionTest) run in a JVM of their
 * own and share its database by the same rule. With {@code -Dboundarylab.test-database=postgresql} the
 * database is a real PostgreSQL server's ({@link TestDatabase}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
public @interface BoundaryLabTest {}
