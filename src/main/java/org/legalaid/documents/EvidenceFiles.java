package org.legalaid.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

import org.legalaid.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * Evidence files (application evidence, attachments to case records) live outside the database under {@code legalaid.evidence.dir}. A file is checked by its content
 * (JPEG, PNG or PDF), limited in size, checksummed (SHA-256) and written atomically. It is stored only inside a
 * transaction: when that transaction rolls back the file is removed again, so a failed submission leaves nothing
 * behind.
 */
@Component
public class EvidenceFiles {

	private final Path root;
	private final long maxBytes;
	private final Clock clock;

	EvidenceFiles(@Value("${legalaid.evidence.dir:./data/evidence}") Path root,
			@Value("${legalaid.evidence.max-size:10MB}") DataSize maxSize, Clock clock) {
		this.root = root.toAbsolutePath().normalize();
		this.maxBytes = maxSize.toBytes();
		this.clock = clock;
	}

	public long maxBytes() {
		return maxBytes;
	}

	/** Checks, checksums and stores a file in the caller's transaction; removed again if that transaction rolls back. */
	public StoredEvidence store(InputStream content) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("evidence is stored only inside a transaction, so a rollback can remove it");
		}
		Path temp = null;
		try {
			Files.createDirectories(root.resolve("tmp"));
			temp = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
			byte[] head = new byte[EvidenceType.SNIFF_BYTES];
			int headLength = content.readNBytes(head, 0, head.length);
			if (headLength == 0) {
				throw new RuleViolation("file", "evidence.error.empty");
			}
			EvidenceType type = EvidenceType.sniff(head, headLength)
				.orElseThrow(() -> new RuleViolation("file", "evidence.error.type"));
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			long size;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
				out.write(head, 0, headLength);
				size = headLength + copyLimited(content, out, maxBytes - headLength);
			}
			String checksum = HexFormat.of().formatHex(sha.digest());
			LocalDate today = LocalDate.now(clock);
			String key = "%d/%02d/%s-%s".formatted(today.getYear(), today.getMonthValue(), checksum.substring(0, 16), UUID.randomUUID());
			Path target = resolve(key);
			Files.createDirectories(target.getParent());
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			temp = null;
			removeOnRollback(target);
			return new StoredEvidence(key, type.mediaType(), size, checksum);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException ignored) {
					// the temp folder is swept by the operating system's tmp policy or the next start
				}
			}
		}
	}

	public InputStream open(String key) throws IOException {
		return Files.newInputStream(resolve(key));
	}

	public boolean exists(String key) {
		return Files.exists(resolve(key));
	}

	private Path resolve(String key) {
		Path path = root.resolve(key).normalize();
		if (!path.startsWith(root)) {
			throw new IllegalArgumentException("evidence key outside the store: " + key);
		}
		return path;
	}

	private long copyLimited(InputStream in, OutputStream out, long allowed) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long copied = 0;
		int n;
		while ((n = in.read(buffer)) > 0) {
			copied += n;
			if (copied > allowed) {
				throw new RuleViolation("file", "evidence.error.size", DataSize.ofBytes(maxBytes).toMegabytes());
			}
			out.write(buffer, 0, n);
		}
		return copied;
	}

	private static void removeOnRollback(Path file) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					try {
						Files.deleteIfExists(file);
					}
					catch (IOException ignored) {
						// left for the orphan sweep
					}
				}
			}
		});
	}

	/** Where a stored file is, what it is, how big and its SHA-256. */
	public record StoredEvidence(String key, String mediaType, long size, String sha256) {
	}
}
