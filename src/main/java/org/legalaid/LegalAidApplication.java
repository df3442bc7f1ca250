package org.legalaid;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** LegalAid: the platform of a legal-aid service network. */
@SpringBootApplication
public class LegalAidApplication {

	public static void main(String[] args) {
		SpringApplication.run(LegalAidApplication.class, args);
	}

}
