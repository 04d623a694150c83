/**
 * The worker's caseload: search (case number, person number, the person's name in Cyrillic or Latin), filters,
 * sort and paging over the cases the worker may open now, and nothing else. Plain Java over the rows the module
 * hands it; the module itself decides which cases are visible and audits the read.
 */
package kz.koshi.protection.caseload;
