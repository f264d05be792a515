// How tests/team/data/dkpro_unitizing.json was made: compiled against DKPro Statistics
// (github.com/dkpro/dkpro-statistics, dkpro-statistics-agreement/src/main/java, commit f7f4f89,
// with a do-nothing org.slf4j Logger), fed one case per line. Not part of the build or the tests.
import org.dkpro.statistics.agreement.unitizing.*;
import java.io.*;
import java.util.*;

// Reads cases, one per line: "begin length raters;rater,offset,length;rater,offset,length;..."
// and prints observed, expected and alpha of category "c" for each.
public class Harness {
    static class Probe extends KrippendorffAlphaUnitizingAgreement {
        Probe(IUnitizingAnnotationStudy s) { super(s); }
        double dO() { return calculateObservedCategoryDisagreement("c"); }
        double dE() { return calculateExpectedCategoryDisagreement("c"); }
    }
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = in.readLine()) != null) {
            String[] parts = line.trim().split(";");
            String[] head = parts[0].split(" ");
            UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(Integer.parseInt(head[2]),
                Integer.parseInt(head[0]), Integer.parseInt(head[1]));
            for (int i = 1; i < parts.length; i++) {
                String[] u = parts[i].split(",");
                study.addUnit(Long.parseLong(u[1]), Long.parseLong(u[2]), Integer.parseInt(u[0]), "c");
            }
            Probe p = new Probe(study);
            double o = p.dO(), e = p.dE();
            System.out.println(o + " " + e + " " + p.calculateCategoryAgreement("c"));
        }
    }
}
