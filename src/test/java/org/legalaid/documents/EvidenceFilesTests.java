package org.legalaid.documents;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalaid.shared.RuleViolation;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceFilesTests {

	static final byte[] PNG = { (byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
	static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes();
	static final byte[] EXE_AS_JPG = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };

	@TempDir Path dir;
	EvidenceFiles store;

	@BeforeEach
	void transaction() {
		store = new EvidenceFiles(dir, DataSize.ofKilobytes(1), Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
		TransactionSynchronizationManager.initSynchronization();
	}

	@AfterEach
	void clear() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	private void complete(int status) {
		TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCompletion(status));
		TransactionSynchronizationManager.clearSynchronization();
	}

	private long filesIn(Path root) throws Exception {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	@Test
	void storesARealPdfWithItsChecksumOutsideTheDatabase() throws Exception {
		var stored = store.store(new ByteArrayInputStream(PDF));
		complete(TransactionSynchronization.STATUS_COMMITTED);
		assertThat(stored.mediaType()).isEqualTo("application/pdf");
		assertThat(stored.size()).isEqualTo(PDF.length);
		assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
		assertThat(stored.key()).startsWith("2026/11/");
		try (var in = store.open(stored.key())) {
			assertThat(in.readAllBytes()).isEqualTo(PDF);
		}
	}

	@Test
	void recognisesImagesByContent() {
		assertThat(store.store(new ByteArrayInputStream(PNG)).mediaType()).isEqualTo("image/png");
	}

	@Test
	void refusesADisguisedFileAnEmptyFileAndAnOversizedOneLeavingNothing() throws Exception {
		assertThatThrownBy(() -> store.store(new ByteArrayInputStream(EXE_AS_JPG)))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("evidence.error.type"));
		assertThatThrownBy(() -> store.store(new ByteArrayInputStream(new byte[0])))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("evidence.error.empty"));
		byte[] big = new byte[2048];
		System.arraycopy(PDF, 0, big, 0, 5);
		assertThatThrownBy(() -> store.store(new ByteArrayInputStream(big)))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("evidence.error.size"));
		assertThat(filesIn(dir)).isZero();
	}

	@Test
	void aRolledBackSubmissionLeavesNoFileBehind() throws Exception {
		var stored = store.store(new ByteArrayInputStream(PDF));
		assertThat(store.exists(stored.key())).isTrue();
		complete(TransactionSynchronization.STATUS_ROLLED_BACK);
		assertThat(store.exists(stored.key())).isFalse();
		assertThat(filesIn(dir)).isZero();
	}

	@Test
	void refusesToStoreOutsideATransaction() {
		TransactionSynchronizationManager.clearSynchronization();
		assertThatIllegalStateException().isThrownBy(() -> store.store(new ByteArrayInputStream(PDF)));
	}

	@Test
	void keysCannotEscapeTheStore() {
		assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
	}
}
