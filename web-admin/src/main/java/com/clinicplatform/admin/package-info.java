/**
 * The staff console: one package per console area ({@code treatments}, {@code dashboard}, …), plus {@code base} for
 * the layout and {@code security} for sign-in, password changes and who may open what.
 */
package com.clinicplatform.admin;
