package com.clinicplatform.site.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.clinicplatform.clinic.ClinicProfileService;
import com.clinicplatform.site.pagecache.CachedPage;
import com.clinicplatform.site.seo.PageMeta;
import com.clinicplatform.site.seo.StructuredData;
import com.clinicplatform.treatment.ConditionService;
import com.clinicplatform.treatment.TreatmentService;

@Controller
class HomeController {

    private final TreatmentService treatments;
    private final ConditionService conditions;
    private final ClinicProfileService profile;
    private final StructuredData structuredData;

    HomeController(TreatmentService treatments, ConditionService conditions, ClinicProfileService profile,
            StructuredData structuredData) {
        this.treatments = treatments;
        this.conditions = conditions;
        this.profile = profile;
        this.structuredData = structuredData;
    }

    @CachedPage
    @GetMapping("/")
    String home(Model model) {
        String name = profile.details().map(clinic -> clinic.name()).orElse("Regenerative medicine clinic");
        model.addAttribute("treatments", treatments.catalogue().treatments());
        model.addAttribute("conditions", conditions.published());
        model.addAttribute("meta", PageMeta.of(name + " – regenerative treatments for joints and tendons",
                        name + ": stem cell and platelet-rich plasma treatments for joint pain, tendon injuries and "
                                + "more, each starting with an honest consultation.", "/")
                .titledAsIs()
                .with(structuredData.webSite(name)));
        return "home";
    }
}
