/**
 * Official documents (法律援助文书): renders the standard forms from Thymeleaf templates to PDF with an embedded
 * Chinese font, numbers them per issuing unit, kind and year, and keeps every issued PDF as a legal record that
 * staff in the unit's scope can download.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Official documents")
package org.legalaid.documents;
