package org.legalaid.documents;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Turns a document template into a PDF: Thymeleaf renders the template (which uses {@code documents/layout}) to
 * XHTML, openhtmltopdf lays it out on A4 with the bundled CJK TrueType font embedded as a subset. The font is
 * copied from the classpath to a temporary file once, so that PDFBox can read it from disk on every render.
 * Documents may not load anything from outside: every external resource is refused.
 */
@Component
class DocumentRenderer {

	static final String FONT_FAMILY = "LegalAid CJK";
	static final String LATIN_FAMILY = "LegalAid Latin";
	private static final String CJK_FONT = "fonts/DroidSansFallbackFull.ttf";
	/**
	 * Droid Sans Fallback has no Latin letters or digits, and a glyph missing from every listed family would be
	 * drawn with a built-in, non-embedded PDF font (Times-Roman). Liberation Sans (SIL OFL 1.1) ships inside the
	 * PDFBox jar and covers them.
	 */
	private static final String LATIN_FONT = "org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private final ITemplateEngine templates;
	private final Clock clock;
	private volatile Fonts fonts;

	static {
		// the renderer reports every stage at INFO on its own console handler; keep warnings and errors only
		XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, java.util.logging.Level.WARNING));
	}

	DocumentRenderer(ITemplateEngine templates, Clock clock) {
		this.templates = templates;
		this.clock = clock;
	}

	/** The template's XHTML, as handed to the PDF renderer. */
	String html(DocumentRequest request) {
		Context context = new Context(request.locale());
		Map<String, Object> variables = new HashMap<>(request.model());
		LocalDate date = request.date() != null ? request.date() : LocalDate.now(clock);
		variables.put("document", new DocumentHeader(request.unitName(), request.title(), request.number(), date,
				request.locale().toLanguageTag()));
		context.setVariables(variables);
		return templates.process("documents/" + request.template(), context);
	}

	byte[] pdf(DocumentRequest request) {
		String html = html(request);
		var out = new ByteArrayOutputStream(16 * 1024);
		try {
			new PdfRendererBuilder().useFastMode()
				.useFont(fonts().cjk(), FONT_FAMILY)
				.useFont(fonts().latin(), LATIN_FAMILY)
				.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
				.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
				.withProducer("LegalAid")
				.withHtmlContent(html, null)
				.toStream(out)
				.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not render document " + request.template(), e);
		}
		return out.toByteArray();
	}

	private Fonts fonts() {
		Fonts f = fonts;
		if (f == null) {
			synchronized (this) {
				f = fonts;
				if (f == null) {
					fonts = f = new Fonts(copy(CJK_FONT), copy(LATIN_FONT));
				}
			}
		}
		return f;
	}

	private static File copy(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			Path copy = Files.createTempFile("legalaid-font-", ".ttf");
			copy.toFile().deleteOnExit();
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			return copy.toFile();
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not load the document font " + resource, e);
		}
	}

	private record Fonts(File cjk, File latin) {
	}

	/** The header every document template can use as {@code ${document}}. */
	record DocumentHeader(String unitName, String title, String number, LocalDate date, String languageTag) {
	}
}
