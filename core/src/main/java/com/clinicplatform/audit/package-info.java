/**
 * The audit trail: what people did that the clinic must be able to show later, written by every part of the platform
 * through one service into an append-only table.
 */
package com.clinicplatform.audit;
