package com.clinicplatform.admin;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import com.clinicplatform.admin.demo.DemoData;
import com.clinicplatform.admin.security.FirstAdministrator;

/**
 * What must exist before the console takes its first request: the first administrator, then (when asked for) the
 * demo data. It runs once every bean is ready and before the web server starts, so nobody, and no script waiting
 * for the port to open, meets a console without them.
 */
@Component
class StartupData implements SmartInitializingSingleton {

    private final FirstAdministrator firstAdministrator;
    private final DemoData demoData;

    StartupData(FirstAdministrator firstAdministrator, DemoData demoData) {
        this.firstAdministrator = firstAdministrator;
        this.demoData = demoData;
    }

    @Override
    public void afterSingletonsInstantiated() {
        firstAdministrator.ensure();
        demoData.seedIfWanted();
    }
}
