package org.boundarylab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A backup's whole life on the packaged jar: an admin takes one on the Operations page (the files
 * are owner-only on disk), downloads it and its .mac over HTTP (nobody without the admin's session
 * can), restores the download with the CLI and the data folder's key, and the app starts on it.
 */
class BackupDownloadIT {

    @TempDir
    Path temp;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.assumeInstalled();
    }

    @Test
    void an_admin_takes_downloads_and_restores_a_backup_that_the_app_then_runs_on() throws Exception {
        Path data = temp.resolve("data");
        Path downloads = Files.createDirectories(temp.resolve("downloads"));
        String zipName;
        try (AppProcess app = new AppProcess(data).start();
                Browser admin = new Browser(app.baseUrl(), temp.resolve("admin"), 1440, 900)) {
            admin.login("admin", AppProcess.ADMIN_PASSWORD);
            admin.createTrainee("Bea Backup", "bea", "harbour-lantern-12");
            admin.open("operations");
            admin.click(By.id("take-backup"));
            WebElement zipLink = admin.wait.until(d -> d.findElements(By.cssSelector("a[data-file$='.zip']")).stream()
                    .findFirst()
                    .orElse(null));
            zipName = zipLink.getDomAttribute("data-file");
            Path onDisk = data.resolve("backups").resolve(zipName);
            if (data.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                for (Path p : List.of(onDisk, Path.of(onDisk + ".mac"), data.resolve("backup.key"))) {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
                            .as(p.toString())
                            .isEqualTo("rw-------");
                }
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("backups"))))
                        .isEqualTo("rwx------");
            }

            WebElement macLink = admin.driver.findElement(By.cssSelector("a[data-file='" + zipName + ".mac']"));
            byte[] zip = fetch(admin, zipLink);
            byte[] mac = fetch(admin, macLink);
            assertThat(zip).isEqualTo(Files.readAllBytes(onDisk));
            assertThat(mac).isEqualTo(Files.readAllBytes(Path.of(onDisk + ".mac")));
            Files.write(downloads.resolve(zipName), zip);
            Files.write(downloads.resolve(zipName + ".mac"), mac);

            // the same link without the admin's session serves nothing
            URI href = URI.create(app.baseUrl()).resolve(zipLink.getDomProperty("href"));
            HttpResponse<byte[]> stranger = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build()
                    .send(HttpRequest.newBuilder(href).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(stranger.statusCode()).isNotEqualTo(200);
            assertThat(stranger.body()).isNotEqualTo(zip);
        }
        assertThat(new String(Files.readAllBytes(data.resolve("backups").resolve(zipName + ".mac"))))
                .matches("[0-9a-f]{64}\\s*");

        // the app is stopped; the download is restored with the data folder's key, as the page says
        Path restored = temp.resolve("restored");
        RestoreJarIT.Result r = RestoreJarIT.run(
                temp,
                "-Xmx512m",
                "--backup",
                downloads.resolve(zipName).toString(),
                "--data-dir",
                restored.toString(),
                "--key",
                data.resolve("backup.key").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("schema version " + RestoreJarIT.newestMigrationInTheSources());

        // the account made before the backup signs in on the restored folder with its password
        try (AppProcess app = new AppProcess(restored).start();
                Browser bea = new Browser(app.baseUrl(), temp.resolve("bea"), 1440, 900)) {
            bea.login("bea", "harbour-lantern-12");
            assertThat(bea.driver.getCurrentUrl()).doesNotContain("login");
        }
    }

    /** Fetches a download link in the signed-in browser, as a click would, and returns its bytes. */
    private static byte[] fetch(Browser browser, WebElement link) {
        String base64 = (String) ((JavascriptExecutor) browser.driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0].href).then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))"
                                + ".then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); },"
                                + " e => done('failed: ' + e));",
                        link);
        assertThat(base64).doesNotStartWith("failed");
        return Base64.getDecoder().decode(base64);
    }
}
