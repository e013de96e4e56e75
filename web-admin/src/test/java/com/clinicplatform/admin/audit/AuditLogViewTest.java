package com.clinicplatform.admin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import com.clinicplatform.admin.base.NotFoundView;
import com.clinicplatform.audit.Actor;
import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditFilter;
import com.clinicplatform.audit.AuditTrail;

@SpringBootTest
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    TransactionTemplate transactions;

    @Test
    @WithMockUser(username = "auditor", roles = "ADMIN")
    void administratorsReadTheLogNewestFirstNarrowItAndExportIt() {
        transactions.executeWithoutResult(status -> {
            audit.record(new Actor(1L, "fiona", "192.0.2.7"), AuditAction.INQUIRY_VIEWED, "inquiry", 41L, Map.of());
            audit.record(new Actor(1L, "fiona", "192.0.2.7"), AuditAction.INQUIRY_STATUS_CHANGED, "inquiry", 41L,
                    Map.of("from", "NEW", "to", "CONTACTED"));
        });
        var view = navigate(AuditLogView.class);
        test(view.actor).setValue("FIONA");
        var grid = test(view.grid);

        assertThat(view.grid.getDataProvider().isInMemory()).isFalse();
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getRow(0).action()).isEqualTo(AuditAction.INQUIRY_STATUS_CHANGED);
        assertThat(grid.getCellText(0, grid.getColumnPosition("details"))).isEqualTo("from=NEW, to=CONTACTED");
        assertThat(grid.getCellText(0, grid.getColumnPosition("record"))).isEqualTo("inquiry #41");
        test(view.action).selectItem(AuditAction.INQUIRY_VIEWED.description());
        assertThat(grid.size()).isEqualTo(1);

        var out = new ByteArrayOutputStream();
        test(view.export).download(out);
        var csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).contains("fiona,Opened the inquiry,inquiry,41,192.0.2.7");
        // the export is itself on the log
        assertThat(audit.page(new AuditFilter(AuditAction.AUDIT_LOG_EXPORTED, null, null,
                null, null, null), 0, 5)).isNotEmpty();
    }

    @Test
    @WithMockUser(username = "frontdesk", roles = "STAFF")
    void staffCannotOpenIt() {
        assertThat(navigate("audit", Component.class)).isInstanceOf(NotFoundView.class);
    }
}
