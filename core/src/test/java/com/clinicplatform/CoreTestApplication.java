package com.clinicplatform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Core has no application of its own; its integration tests start the domain on this one. */
@SpringBootApplication
public class CoreTestApplication {
}
