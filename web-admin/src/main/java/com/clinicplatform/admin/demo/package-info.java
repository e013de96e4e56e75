/**
 * The demo data a first start shows with {@code CLINIC_DEMO_DATA=true}: a fictional clinic, its treatment pages and
 * demo staff accounts, written in our own words.
 */
package com.clinicplatform.admin.demo;
