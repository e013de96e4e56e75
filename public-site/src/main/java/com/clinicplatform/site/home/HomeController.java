package com.clinicplatform.site.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.clinicplatform.treatment.TreatmentService;

@Controller
class HomeController {

    private final TreatmentService treatments;

    HomeController(TreatmentService treatments) {
        this.treatments = treatments;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("treatments", treatments.publishedCatalogue());
        return "home";
    }
}
