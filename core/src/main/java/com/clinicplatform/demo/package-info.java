/**
 * Demo data bookkeeping: which named sets have been seeded. The content itself belongs to the app that seeds it.
 */
package com.clinicplatform.demo;
