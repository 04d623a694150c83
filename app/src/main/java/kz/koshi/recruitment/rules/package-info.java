/**
 * The licensing rules of private employment agencies, plain Java without Spring: a licence's status on a day
 * (expiry computed on read), which act may follow which state, the application's states and the reviewer's
 * checklist, the sample contract's type and size, the applicant password rule.
 */
package kz.koshi.recruitment.rules;
