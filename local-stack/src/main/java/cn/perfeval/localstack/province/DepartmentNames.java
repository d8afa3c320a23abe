package cn.perfeval.localstack.province;

import cn.perfeval.localstack.province.Vocabulary.Agency;

/**
 * The n-th department of a province: its code and its name, distinct for every n by construction (a city and a kind
 * of agency for the first 525, then numbered branches of them), so no seed can give two departments one name.
 */
final class DepartmentNames {

    private DepartmentNames() {
    }

    /** {@code GD00001} for department 0: a code of the shape the bureau assigns (PathParameterChecks' pattern). */
    static String code(int department) {
        return String.format("GD%05d", department + 1);
    }

    static String name(int department) {
        String city = Vocabulary.CITIES.get(department % Vocabulary.CITIES.size());
        int kinds = Vocabulary.CITIES.size() * Vocabulary.AGENCIES.size();
        Agency agency = agency(department);
        int branch = department / kinds;
        return city + agency.name() + (branch == 0 ? "" : "第" + branch + "分支机构");
    }

    static Agency agency(int department) {
        return Vocabulary.AGENCIES.get(department / Vocabulary.CITIES.size() % Vocabulary.AGENCIES.size());
    }
}
