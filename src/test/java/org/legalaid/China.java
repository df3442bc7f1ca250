package org.legalaid;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The platform's calendar day in tests: the application's clock runs in China time, so "today" is China's today, not
 * the test machine's (which differ from 16:00 to 24:00 UTC).
 */
public final class China {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private China() {
	}

	public static LocalDate today() {
		return LocalDate.now(ZONE);
	}
}
