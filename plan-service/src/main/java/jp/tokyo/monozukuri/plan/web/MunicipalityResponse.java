package jp.tokyo.monozukuri.plan.web;

import jp.tokyo.monozukuri.contracts.reference.Municipality;

/**
 * A municipality (区市町村) of Tokyo.
 *
 * @param headTitle the title of its head: 区長, 市長, 町長 or 村長
 */
public record MunicipalityResponse(String code, String name, Municipality.Kind kind, String headTitle) {

    static MunicipalityResponse of(Municipality m) {
        return new MunicipalityResponse(m.code(), m.name(), m.kind(), m.headTitle());
    }
}
