/**
 * The migrant-worker unpaid-wage green channel (欠薪维权绿色通道, product.md capability 8): complaints of unpaid wages
 * with the employer, the project, the number of workers and the amount owed; referred to a legal-aid centre or to
 * labour inspection (劳动保障监察) and tracked to a result; supervised (督办) in rounds with a reply deadline whose
 * reminders are the deadline sweep's alerts; a ledger of the arrears recovered; and figures by county.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Unpaid-wage green channel")
package org.legalaid.wages;
