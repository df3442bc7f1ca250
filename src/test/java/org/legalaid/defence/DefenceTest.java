package org.legalaid.defence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The context of this module's tests: callbacks whose first attempt waits an hour so that tests make every attempt
 * themselves, to a local HTTP endpoint.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "legalaid.defence.callbacks.first-attempt-delay=PT1H",
		"legalaid.defence.callbacks.allow-local-http=true" })
@AutoConfigureMockMvc
@interface DefenceTest {
}
