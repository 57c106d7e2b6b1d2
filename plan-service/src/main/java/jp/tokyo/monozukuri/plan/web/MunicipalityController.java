package jp.tokyo.monozukuri.plan.web;

import java.util.List;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tokyo's 62 municipalities, the only ones taking part in the program, as the reference list
 * (tokyo-municipalities.csv, shipped in contracts) has them. A fixed list of 62, so it is not paged.
 */
@RestController
class MunicipalityController {

    @GetMapping("/api/municipalities")
    List<MunicipalityResponse> municipalities() {
        return Municipalities.tokyo().stream().map(MunicipalityResponse::of).toList();
    }
}
