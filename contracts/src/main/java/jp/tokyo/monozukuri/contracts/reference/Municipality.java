package jp.tokyo.monozukuri.contracts.reference;

/**
 * A municipality (区市町村) of Tokyo.
 *
 * @param code      全国地方公共団体コード, six digits with the check digit
 * @param name      e.g. 品川区
 * @param kind      ward, city, town or village
 * @param headTitle the title of its head: 区長, 市長, 町長 or 村長
 */
public record Municipality(String code, String name, Kind kind, String headTitle) {

    public enum Kind { WARD, CITY, TOWN, VILLAGE }

    /** How an official notice addresses the head: 品川区長, 八王子市長, 瑞穂町長. */
    public String addressee() {
        return name + headTitle.substring(headTitle.length() - 1);
    }
}
